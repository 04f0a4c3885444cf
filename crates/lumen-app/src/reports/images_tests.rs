use super::samples::{SECRET_MARKER, contains, jpeg, jpeg_with_exif_gps, png, png_claiming, webp};
use super::*;

#[test]
fn types_are_sniffed_from_content_only() {
    assert_eq!(sniff(&jpeg(4, 4)), Some(ImageFormat::Jpeg));
    assert_eq!(sniff(&png(4, 4)), Some(ImageFormat::Png));
    assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageFormat::WebP));
    assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), None);
    assert_eq!(sniff(b"%PDF-1.7\n"), None);
    assert_eq!(clean(b"%PDF-1.7\n%%EOF"), Err(ImageError::Unsupported));
    assert_eq!(
        clean(b"GIF89a\x01\0\x01\0\0\0\0;"),
        Err(ImageError::Unsupported)
    );
}

#[test]
fn exif_gps_and_comments_are_removed_and_orientation_applied() {
    let sent = jpeg_with_exif_gps(40, 20);
    assert!(contains(&sent, b"Exif\0\0"));
    assert!(contains(&sent, SECRET_MARKER));
    let cleaned = clean(&sent).unwrap();
    assert_eq!(cleaned.content_type, "image/jpeg");
    assert!(!contains(&cleaned.bytes, b"Exif"));
    assert!(!contains(&cleaned.bytes, SECRET_MARKER));
    assert!(
        !contains(&cleaned.bytes, &[0xFF, 0xE1]),
        "no APP1 segment left"
    );
    // Orientation 6: the 40 × 20 picture is shown 20 wide and 40 tall.
    assert_eq!((cleaned.width, cleaned.height), (20, 40));
    let decoded = image::load_from_memory(&cleaned.bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (20, 40));
}

#[test]
fn png_stays_png_without_its_text_chunks() {
    let mut sent = png(8, 6);
    // A tEXt chunk before IEND (its CRC is not checked by the decoder's default settings).
    let iend = sent.len() - 12;
    let mut chunk = 14u32.to_be_bytes().to_vec();
    chunk.extend(b"tEXtComment\0QUILL");
    chunk.extend([0, 0, 0, 0]);
    sent.splice(iend..iend, chunk);
    let cleaned = clean(&sent).unwrap();
    assert_eq!(cleaned.content_type, "image/png");
    assert!(!contains(&cleaned.bytes, b"QUILL"));
    assert_eq!((cleaned.width, cleaned.height), (8, 6));
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    // A PNG header claiming 10,000 × 10,000 pixels (100 megapixels) with almost no data.
    assert_eq!(
        clean(&png_claiming(10_000, 10_000)),
        Err(ImageError::TooManyPixels)
    );
    // Very long and thin is refused too, whatever the area.
    assert_eq!(
        clean(&png_claiming(40_000, 1)),
        Err(ImageError::TooManyPixels)
    );
    // Just under the limit is only refused by what follows (the data is missing).
    assert_eq!(
        clean(&png_claiming(7_000, 7_000)),
        Err(ImageError::Unreadable)
    );
}

#[test]
fn too_large_and_truncated_images_are_refused() {
    let mut big = jpeg(4, 4);
    big.resize(MAX_IMAGE_BYTES + 1, 0);
    assert_eq!(clean(&big), Err(ImageError::TooLarge));
    let whole = png(64, 64);
    assert_eq!(
        clean(&whole[..whole.len() / 2]),
        Err(ImageError::Unreadable)
    );
    // A JPEG cut before its frame header cannot be read.
    assert_eq!(clean(&jpeg(64, 64)[..30]), Err(ImageError::Unreadable));
}

#[test]
fn a_jpeg_cut_inside_its_pixels_is_kept_as_browsers_show_it() {
    // The decoder fills the missing part, as browsers do; the stored copy decodes whole.
    let whole = jpeg(64, 64);
    let cleaned = clean(&whole[..whole.len() * 2 / 3]).unwrap();
    assert_eq!((cleaned.width, cleaned.height), (64, 64));
    assert!(image::load_from_memory(&cleaned.bytes).is_ok());
}

#[test]
fn webp_is_accepted_and_stored_as_png() {
    let sent = webp(10, 7);
    assert_eq!(sniff(&sent), Some(ImageFormat::WebP));
    let cleaned = clean(&sent).unwrap();
    assert_eq!(cleaned.content_type, "image/png");
    assert_eq!((cleaned.width, cleaned.height), (10, 7));
}
