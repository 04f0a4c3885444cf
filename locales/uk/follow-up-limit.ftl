# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Забагато спроб із неправильним номером. Щоб захистити повідомлення, зачекайте трохи й спробуйте пізніше.
