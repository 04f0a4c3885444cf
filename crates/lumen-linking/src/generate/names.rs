//! Name material per origin for the synthetic data generator.

/// An origin with its given names, surname roots and how surnames are formed.
pub struct Origin {
    /// Label.
    pub name: &'static str,
    /// Relative weight among generated people.
    pub weight: u32,
    /// Given names.
    pub given: &'static [&'static str],
    /// Surname roots.
    pub roots: &'static [&'static str],
    /// Surname prefixes (may be empty strings).
    pub prefixes: &'static [&'static str],
    /// Surname suffixes (may be empty strings).
    pub suffixes: &'static [&'static str],
    /// Country calling code for home-country phones.
    pub calling_code: &'static str,
    /// Syllables from which further surnames of this origin are composed.
    pub syllables: &'static [&'static str],
}

/// Origins seen in Belgian THB cases.
#[rustfmt::skip]
pub const ORIGINS: &[Origin] = &[
    Origin {
        name: "belgian_fr", weight: 14,
        given: &["Jean", "Marie", "Pierre", "Sophie", "Luc", "Nathalie", "Philippe", "Isabelle", "Michel", "Catherine", "Olivier", "Julie", "Nicolas", "Camille", "Thomas", "Chloé", "Antoine", "Élodie", "François", "Hélène", "Benoît", "Valérie", "Jérôme", "Aurélie", "Sébastien", "Céline", "Laurent", "Manon", "Guillaume", "Léa"],
        roots: &["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Renard", "Lefèvre", "Mertens", "Gérard", "Denis", "Dumont", "Lemaire", "Collard", "Noël", "Masson", "François", "Hubert", "Gilson", "Lejeune", "Charlier", "Thiry", "Bodart", "Piron", "Delvaux", "Jacquet", "Fontaine", "Lecomte", "Goffin", "Wauters", "Henrard", "Marchal", "Collignon", "Poncelet", "Legrand", "Dethier", "Remacle", "Servais", "Bastin"],
        prefixes: &["", "", "", "", "De ", "Du ", "Le "],
        suffixes: &["", "", "", "", "x", "et", "ier"],
        calling_code: "32",
        syllables: &["Ver", "mon", "ta", "gne", "Bel", "ro", "dy", "Cha", "puis", "Gil", "lard", "Mar", "chand", "Beau", "lieu", "Mo", "reau", "Fer", "ri", "Gou", "bert", "Cor", "net", "Lan", "glois", "Thi", "baut"],
    },
    Origin {
        name: "belgian_nl", weight: 14,
        given: &["Jan", "Pieter", "Koen", "Els", "An", "Bart", "Sofie", "Wim", "Tom", "Lies", "Joris", "Katrien", "Stijn", "Griet", "Dries", "Hanne", "Lotte", "Ruben", "Femke", "Jens", "Nele", "Wouter", "Sander", "Eline", "Maarten", "Inge", "Geert", "Veerle", "Jeroen", "Annelies"],
        roots: &["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "Smet", "Dewilde", "Bosmans", "Vermeulen", "Hermans", "Aerts", "Cools", "Verstraete", "Michiels", "Lenaerts", "Coppens", "Geerts", "Vos", "Berg", "Broeck", "Velde", "Steen", "Poel", "Heuvel", "Acker", "Bossche", "Wyngaert", "Hoeck", "Kerckhove", "Linden", "Eynde", "Mol", "Pauwels", "Segers", "Stevens", "Moens"],
        prefixes: &["", "", "", "Van ", "Van den ", "Van der ", "De ", "Ver"],
        suffixes: &["", "", "", "s", "ens", "mans"],
        calling_code: "32",
        syllables: &["Ver", "hoe", "ven", "Gee", "raerts", "Bo", "ga", "erts", "Claes", "sens", "Win", "ter", "mans", "Dier", "ckx", "Hui", "bre", "chts", "Stae", "pels", "Wou", "ters", "Le", "maire", "Ban", "ken"],
    },
    Origin {
        name: "nigerian", weight: 12,
        given: &["Blessing", "Joy", "Precious", "Favour", "Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Chioma", "Emeka", "Funmilayo", "Ifeoma", "Osagie", "Efosa", "Osaretin", "Omoregie", "Esohe", "Uyi", "Nosa", "Eghosa", "Gift", "Mercy", "Peace", "Success", "Patience", "Goodness", "Osas", "Itohan", "Aisosa", "Ivie"],
        roots: &["Okafor", "Okonkwo", "Adeyemi", "Ogunleye", "Eze", "Nwosu", "Osagie", "Igbinedion", "Omoruyi", "Edosa", "Obaseki", "Aigbe", "Ehigiator", "Osaghae", "Iyamu", "Uwaifo", "Ogbemudia", "Adesanya", "Balogun", "Okoro", "Nnamdi", "Obi", "Ikenna", "Oyelaran", "Ademola", "Akinola", "Idahosa", "Osayande", "Egharevba", "Imafidon"],
        prefixes: &["", "", "", "", "Ade", "Olu", "Osa", "Ogbe"],
        suffixes: &["", "", "", "", "mwen", "oye", "bor", "ke"],
        calling_code: "234",
        syllables: &["O", "sa", "ghae", "E", "ho", "gie", "A", "de", "ba", "yo", "I", "ye", "mo", "ru", "yi", "Ok", "won", "kwo", "Nwa", "chu", "kwu", "U", "zo", "ma", "Ig", "bi", "ne", "dion"],
    },
    Origin {
        name: "ghanaian", weight: 6,
        given: &["Kwame", "Kofi", "Ama", "Akosua", "Abena", "Yaw", "Kwabena", "Efua", "Adwoa", "Kojo", "Esi", "Akua", "Kwesi", "Afua", "Yaa", "Nana", "Ekow", "Araba", "Kweku", "Adjoa"],
        roots: &["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Ofori", "Addo", "Amoah", "Darko", "Antwi", "Opoku", "Sarpong", "Acheampong", "Frimpong", "Bonsu", "Adjei", "Nkrumah", "Quaye", "Tetteh", "Annan", "Asamoah", "Donkor", "Gyamfi"],
        prefixes: &["", "", "", "Kwa", "Ofo"],
        suffixes: &["", "", "", "h", "ng", "si"],
        calling_code: "233",
        syllables: &["A", "sa", "mo", "ah", "O", "po", "ku", "Ky", "ere", "me", "Bo", "a", "teng", "Ya", "boah", "Da", "nso", "Ag", "ye", "kum", "Ne", "ku"],
    },
    Origin {
        name: "romanian", weight: 10,
        given: &["Andrei", "Ioana", "Maria", "Elena", "Alexandru", "Mihai", "Gabriela", "Florin", "Cristina", "Adrian", "Ionuț", "Bianca", "Marius", "Roxana", "Daniela", "Vasile", "Nicoleta", "Cătălin", "Larisa", "Ştefan", "Denisa", "Claudiu", "Alina", "Sorin", "Mădălina"],
        roots: &["Pop", "Ion", "Dumitr", "Stan", "Gheorghi", "Constantin", "Matei", "Munt", "Rad", "Stoic", "Dobr", "Nistor", "Barbu", "Lup", "Olar", "Moldov", "Zamfir", "Ciobanu", "Tudor", "Mocanu", "Preda", "Florea", "Dinu", "Sandu", "Voicu", "Căpăţân", "Anghel", "Neagu", "Manole", "Ilie"],
        prefixes: &[""],
        suffixes: &["escu", "eanu", "a", "", "u", "ache", "ică", "oiu"],
        calling_code: "40",
        syllables: &["Bă", "la", "Cos", "tă", "Dră", "gu", "Ghe", "or", "Ior", "da", "Mi", "hăi", "Pă", "un", "Rad", "Şer", "ban", "Vlă", "du", "Cri", "ste", "Ene", "Ma", "rin"],
    },
    Origin {
        name: "bulgarian", weight: 8,
        given: &["Ivan", "Georgi", "Dimitar", "Maria", "Elena", "Nikolai", "Petar", "Yordanka", "Desislava", "Stoyan", "Hristo", "Todor", "Snezhana", "Radostina", "Kalina", "Boyan", "Vesela", "Tsvetan", "Mariya", "Borislav"],
        roots: &["Ivan", "Petr", "Georgi", "Dimitr", "Stoyan", "Nikol", "Hristo", "Todor", "Kolev", "Angel", "Atanas", "Vasil", "Yordan", "Stefan", "Marin", "Iliev", "Popov", "Kostadin", "Mladen", "Krastev", "Lazar", "Bozhil", "Tsvetk", "Rusev", "Penchev"],
        prefixes: &[""],
        suffixes: &["ov", "ova", "ev", "eva", "ski", "ska"],
        calling_code: "359",
        syllables: &["Bo", "ja", "Dra", "gan", "Ge", "na", "Ka", "ra", "Lju", "ben", "Mit", "ko", "Ne", "del", "Ra", "dos", "Sla", "vi", "Tsa", "nk", "Ve", "lik", "Zla", "tan"],
    },
    Origin {
        name: "albanian", weight: 6,
        given: &["Arben", "Besnik", "Dritan", "Elira", "Fatjona", "Genti", "Ilir", "Jonida", "Klodian", "Mirela", "Blerina", "Erion", "Ardit", "Valbona", "Edona", "Luan", "Agron", "Teuta", "Drita", "Altin"],
        roots: &["Hoxh", "Kol", "Shehu", "Berish", "Gash", "Krasniq", "Leka", "Marku", "Dod", "Prenk", "Rama", "Basha", "Hysen", "Lika", "Muç", "Gjok", "Zeneli", "Kastrat", "Bajram", "Demir"],
        prefixes: &[""],
        suffixes: &["a", "aj", "i", "", "llari", "ja"],
        calling_code: "355",
        syllables: &["Ber", "di", "Çe", "ka", "Dur", "Gjo", "ni", "Ha", "xhi", "Kel", "me", "ndi", "Lu", "lzim", "Mu", "ça", "Nu", "ri", "Pe", "ci", "Ta", "fa", "Xhe", "la"],
    },
    Origin {
        name: "moroccan", weight: 12,
        given: &["Mohamed", "Ahmed", "Youssef", "Fatima", "Khadija", "Said", "Rachid", "Nadia", "Samira", "Karim", "Hassan", "Amina", "Mustapha", "Zineb", "Imane", "Abdelkader", "Hamza", "Soufiane", "Meryem", "Bilal", "Latifa", "Hicham", "Nourdine", "Sanae", "Driss"],
        roots: &["Amrani", "Idrissi", "Alaoui", "Tazi", "Bennani", "Haddad", "Ouali", "Chaoui", "Ziani", "Fassi", "Berrada", "Tahiri", "Bakkali", "Mansouri", "Kaddouri", "Azzouzi", "Ouazzani", "Hamdaoui", "Bouzid", "Lahlou", "Boukhari", "Moussaoui", "Yahyaoui", "Saidi", "Jabri", "Rifi", "Harrak", "Kasmi", "Mourabit", "Charki"],
        prefixes: &["", "", "El ", "Ben ", "Bou", "Ait "],
        suffixes: &["", "", "", "i"],
        calling_code: "212",
        syllables: &["Ab", "del", "Bel", "ha", "Cher", "kaoui", "Doukk", "ali", "Ess", "aidi", "Fi", "lali", "Gue", "rouj", "Ha", "jji", "Kh", "attabi", "Me", "knassi", "Naji", "Ou", "ahbi", "Ra", "hmouni", "Sla", "oui", "Zer", "hou"],
    },
    Origin {
        name: "chinese", weight: 5,
        given: &["Wei", "Fang", "Li Na", "Xiu Ying", "Jing", "Min", "Hui", "Yan", "Lei", "Jun", "Mei", "Xiao Long", "Hong", "Ling", "Qiang", "Yu Ting", "Chen Hao", "Zhi Wei", "Xin Yi", "Jia Hui"],
        roots: &["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"],
        prefixes: &[""],
        suffixes: &[""],
        calling_code: "86",
        syllables: &["Deng", "Feng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin"],
    },
    Origin {
        name: "vietnamese", weight: 5,
        given: &["Thi Lan", "Van Minh", "Thi Hoa", "Van Hung", "Thi Mai", "Van Nam", "Thi Huong", "Duc Anh", "Thi Thu", "Van Long", "Ngoc Anh", "Thanh Tung", "Thi Ha", "Quang Huy", "Thi Linh", "Van Tuan", "Minh Chau", "Thi Nga", "Hoang Nam", "Thi Trang"],
        roots: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"],
        prefixes: &[""],
        suffixes: &[""],
        calling_code: "84",
        syllables: &["Trương", "Đinh", "Lâm", "Mai", "Tô", "Trịnh", "Đoàn", "Lưu", "Chu", "Hà", "Tạ", "Cao", "Quách", "Thái", "Kiều", "Lương", "Triệu", "Văn", "Đào", "Tăng"],
    },
    Origin {
        name: "brazilian", weight: 8,
        given: &["Ana", "João", "Maria", "José", "Lucas", "Juliana", "Gabriel", "Fernanda", "Rafael", "Camila", "Bruno", "Larissa", "Thiago", "Beatriz", "Felipe", "Letícia", "Rodrigo", "Mariana", "Diego", "Vitória"],
        roots: &["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira"],
        prefixes: &["", "", "", "da ", "dos ", "de "],
        suffixes: &["", "", "", " Santos", " Silva", " Costa", " Lima"],
        calling_code: "55",
        syllables: &["Ca", "bral", "Fon", "se", "ca", "Gui", "ma", "rães", "Mon", "tei", "ro", "Pi", "nhei", "Quei", "roz", "Ta", "va", "res", "Bran", "dão", "Cam", "pos", "Fa", "ri", "as"],
    },
];

/// Nicknames and short forms used by the same person.
#[rustfmt::skip]
pub const NICKNAMES: &[(&str, &str)] = &[
    ("Mohamed", "Momo"),
    ("Alexandru", "Alex"),
    ("Nikolai", "Niki"),
    ("Ionuț", "Ionut"),
    ("Oluwaseun", "Seun"),
    ("Funmilayo", "Funmi"),
    ("Elizabeth", "Liz"),
    ("Abdelkader", "Kader"),
    ("Mustapha", "Mustafa"),
    ("Catherine", "Cathy"),
    ("Guillaume", "Guy"),
    ("Nicolas", "Nico"),
    ("Sébastien", "Seb"),
    ("Annelies", "Anneke"),
    ("Maarten", "Martin"),
    ("Katrien", "Trien"),
    ("Dimitar", "Mitko"),
    ("Georgi", "Gosho"),
    ("Petar", "Pesho"),
    ("Gabriela", "Gabi"),
    ("Daniela", "Dana"),
    ("Marius", "Mario"),
    ("Youssef", "Yusuf"),
    ("Fatima", "Fatma"),
    ("Ahmed", "Ahmad"),
    ("Rafael", "Rafa"),
    ("Juliana", "Juju"),
    ("Precious", "Presh"),
    ("Blessing", "Bless"),
    ("Osaretin", "Osas"),
];

/// Alternative spellings by transliteration of the same name.
#[rustfmt::skip]
pub const TRANSLITERATIONS: &[(&str, &str)] = &[
    ("Mohamed", "Mohammed"),
    ("Mohamed", "Muhammad"),
    ("Youssef", "Youssouf"),
    ("Said", "Saïd"),
    ("Rachid", "Rashid"),
    ("Khadija", "Khadidja"),
    ("Hassan", "Hasan"),
    ("Mustapha", "Moustafa"),
    ("Amrani", "Omrani"),
    ("Idrissi", "Idrisi"),
    ("Alaoui", "Alawi"),
    ("Nadia", "Nadiya"),
    ("Yordanka", "Iordanka"),
    ("Hristo", "Khristo"),
    ("Mariya", "Maria"),
    ("Tsvetan", "Cvetan"),
    ("Snezhana", "Snejana"),
    ("Zhang", "Chang"),
    ("Chen", "Chan"),
    ("Huang", "Wong"),
];
