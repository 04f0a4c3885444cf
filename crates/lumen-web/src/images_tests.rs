use super::samples::{SECRET_MARKER, contains, jpeg, jpeg_with_exif_gps, png};
use super::*;

#[test]
fn types_are_sniffed_from_content_only() {
    assert_eq!(sniff(&jpeg(4, 4)), Some(ImageFormat::Jpeg));
    assert_eq!(sniff(&png(4, 4)), Some(ImageFormat::Png));
    assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageFormat::WebP));
    assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), None);
    assert_eq!(sniff(b"%PDF-1.7\n"), None);
    assert_eq!(clean(b"%PDF-1.7\n%%EOF"), Err(ImageError::Unsupported));
    assert_eq!(clean(b"GIF89a\x01\0\x01\0\0\0\0;"), Err(ImageError::Unsupported));
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
    assert!(!contains(&cleaned.bytes, &[0xFF, 0xE1]), "no APP1 segment left");
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
    let mut bomb = png(1, 1);
    bomb[16..20].copy_from_slice(&10_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&10_000u32.to_be_bytes());
    let ihdr_crc = crc32(&bomb[12..29]);
    bomb[29..33].copy_from_slice(&ihdr_crc.to_be_bytes());
    assert_eq!(clean(&bomb), Err(ImageError::TooManyPixels));
}

#[test]
fn too_large_and_truncated_images_are_refused() {
    let mut big = jpeg(4, 4);
    big.resize(MAX_IMAGE_BYTES + 1, 0);
    assert_eq!(clean(&big), Err(ImageError::TooLarge));
    let whole = jpeg(64, 64);
    assert_eq!(clean(&whole[..whole.len() / 3]), Err(ImageError::Unreadable));
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
