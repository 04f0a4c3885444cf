//! Images sent through the public reporting channel: the type is sniffed from the content
//! (never the claimed type or the file name), decompression bombs are refused from the header
//! before any pixel is decoded, and every piece of metadata (EXIF with GPS, XMP, ICC profiles,
//! comments) is removed by decoding the pixels and encoding them again, after the EXIF
//! orientation has been applied so that the picture still looks the way it was taken.

use image::codecs::jpeg::JpegEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// How many images one submission may carry.
pub const MAX_IMAGES: usize = 5;
/// The largest image accepted, in bytes.
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;
/// The body limit of the forms that carry images: every image at its largest, plus the text.
pub const UPLOAD_MAX_BODY_BYTES: usize = MAX_IMAGES * MAX_IMAGE_BYTES + 1024 * 1024;
/// The most pixels an image may have (read from its header, before decoding).
pub const MAX_PIXELS: u64 = 50_000_000;
/// The most pixels all the images of one submission may have together.
pub const MAX_REQUEST_PIXELS: u64 = 100_000_000;
/// The most memory the decoder may allocate for one image.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// The widest or tallest image accepted, whatever its area.
const MAX_SIDE: u32 = 30_000;
/// Quality of re-encoded JPEG images.
const JPEG_QUALITY: u8 = 90;

/// Why an image was refused. The codes name the translated message (`report-error-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Larger than [`MAX_IMAGE_BYTES`].
    #[error("image_too_large")]
    TooLarge,
    /// Not a JPEG, PNG or WebP picture, whatever its name says.
    #[error("image_unsupported")]
    Unsupported,
    /// More pixels than [`MAX_PIXELS`]: a decompression bomb, or a picture far too big.
    #[error("image_too_many_pixels")]
    TooManyPixels,
    /// Claims to be a picture but cannot be decoded (truncated or damaged).
    #[error("image_unreadable")]
    Unreadable,
    /// Together more pixels than [`MAX_REQUEST_PIXELS`].
    #[error("images_too_many_pixels")]
    TooManyPixelsTogether,
}

impl ImageError {
    /// The translation key of the message shown beside the image field.
    pub fn message_key(self) -> &'static str {
        match self {
            ImageError::TooLarge => "report-error-image-too-large",
            ImageError::Unsupported => "report-error-image-type",
            ImageError::TooManyPixels => "report-error-image-pixels",
            ImageError::Unreadable => "report-error-image-unreadable",
            ImageError::TooManyPixelsTogether => "report-error-images-pixels",
        }
    }
}

/// An image without metadata, ready to be sealed.
#[derive(Clone, PartialEq, Eq)]
pub struct CleanImage {
    /// `image/jpeg` or `image/png`.
    pub content_type: &'static str,
    /// The re-encoded image.
    pub bytes: Vec<u8>,
    /// Width after orientation, in pixels.
    pub width: u32,
    /// Height after orientation, in pixels.
    pub height: u32,
}

impl std::fmt::Debug for CleanImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CleanImage")
            .field("content_type", &self.content_type)
            .field("width", &self.width)
            .field("height", &self.height)
            .finish_non_exhaustive()
    }
}

/// The format of `bytes`, from their magic numbers only.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

fn classify(e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(_) => ImageError::TooManyPixels,
        image::ImageError::Unsupported(_) => ImageError::Unsupported,
        _ => ImageError::Unreadable,
    }
}

/// An image reader over bytes in memory.
type Reader<'a> = ImageReader<Cursor<&'a [u8]>>;

/// A reader of the image's sniffed type, with Lumen's limits.
fn reader(bytes: &[u8]) -> Result<(Reader<'_>, ImageFormat), ImageError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge);
    }
    let format = sniff(bytes).ok_or(ImageError::Unsupported)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    Ok((reader, format))
}

/// How many pixels an image says it has, from its header alone (no pixel is decoded); more
/// than [`MAX_PIXELS`] is refused.
pub fn pixels(bytes: &[u8]) -> Result<u64, ImageError> {
    let (reader, _) = reader(bytes)?;
    let (w, h) = reader.into_decoder().map_err(classify)?.dimensions();
    let n = u64::from(w) * u64::from(h);
    if n > MAX_PIXELS {
        return Err(ImageError::TooManyPixels);
    }
    Ok(n)
}

/// Checks an image and returns it without metadata. CPU-bound: call it off the async threads.
pub fn clean(bytes: &[u8]) -> Result<CleanImage, ImageError> {
    let (reader, format) = reader(bytes)?;
    // Only the header is read here: the bomb check comes before any pixel is decoded.
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(ImageError::TooManyPixels);
    }
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut pixels = DynamicImage::from_decoder(decoder).map_err(classify)?;
    pixels.apply_orientation(orientation);
    let (width, height) = (pixels.width(), pixels.height());
    let mut out = Vec::new();
    let content_type = if format == ImageFormat::Jpeg {
        JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&pixels.to_rgb8())
            .map_err(|_| ImageError::Unreadable)?;
        "image/jpeg"
    } else {
        // PNG and WebP (which may carry transparency) become PNG, losslessly.
        let pixels = if pixels.color().has_alpha() {
            DynamicImage::ImageRgba8(pixels.to_rgba8())
        } else {
            DynamicImage::ImageRgb8(pixels.to_rgb8())
        };
        pixels
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(|_| ImageError::Unreadable)?;
        "image/png"
    };
    Ok(CleanImage {
        content_type,
        bytes: out,
        width,
        height,
    })
}

#[cfg(test)]
#[path = "images_tests.rs"]
mod tests;

/// Pictures built in code, for the tests of this crate and of the web area.
pub mod samples {
    use image::codecs::jpeg::JpegEncoder;
    use image::{ImageFormat, Rgb, RgbImage};
    use std::io::Cursor;

    /// A marker written into the sample's EXIF GPS block and comment, to look for afterwards.
    pub const SECRET_MARKER: &[u8] = b"QUILLBROOK-GPS-50.8606N";

    fn picture(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x * 7 % 256) as u8, (y * 11 % 256) as u8, 128])
        })
    }

    /// A plain JPEG of `width` × `height`.
    pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, 85)
            .encode_image(&picture(width, height))
            .expect("encode a sample JPEG");
        out
    }

    /// A PNG of `width` × `height`.
    pub fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        picture(width, height)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .expect("encode a sample PNG");
        out
    }

    /// A JPEG of `width` × `height` pixels carrying an EXIF block (orientation 6: shown turned
    /// a quarter clockwise, and a GPS block with a latitude) and a comment segment, both holding
    /// [`SECRET_MARKER`].
    pub fn jpeg_with_exif_gps(width: u32, height: u32) -> Vec<u8> {
        let plain = jpeg(width, height);
        // TIFF, little-endian: IFD0 at 8 with Orientation and the GPS IFD pointer; the GPS IFD
        // at 38 with GPSLatitudeRef and GPSMapDatum (ASCII, the marker, stored after it).
        let marker_at: u32 = 38 + 2 + 2 * 12 + 4;
        let mut tiff = b"II*\0".to_vec();
        tiff.extend(8u32.to_le_bytes());
        tiff.extend(2u16.to_le_bytes());
        tiff.extend([0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
        tiff.extend([0x25, 0x88, 4, 0, 1, 0, 0, 0]);
        tiff.extend(38u32.to_le_bytes());
        tiff.extend(0u32.to_le_bytes());
        tiff.extend(2u16.to_le_bytes());
        tiff.extend([0x01, 0x00, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
        tiff.extend([0x12, 0x00, 2, 0]);
        tiff.extend(
            u32::try_from(SECRET_MARKER.len() + 1)
                .unwrap()
                .to_le_bytes(),
        );
        tiff.extend(marker_at.to_le_bytes());
        tiff.extend(0u32.to_le_bytes());
        assert_eq!(tiff.len(), marker_at as usize);
        tiff.extend(SECRET_MARKER);
        tiff.push(0);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend(tiff);
        let mut out = plain[..2].to_vec();
        out.extend([0xFF, 0xE1]);
        out.extend(u16::try_from(app1.len() + 2).unwrap().to_be_bytes());
        out.extend(app1);
        out.extend([0xFF, 0xFE]);
        out.extend(
            u16::try_from(SECRET_MARKER.len() + 2)
                .unwrap()
                .to_be_bytes(),
        );
        out.extend(SECRET_MARKER);
        out.extend(&plain[2..]);
        out
    }

    /// A valid PNG header claiming `width` × `height` pixels over one pixel of data: a
    /// decompression bomb in miniature.
    pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&width.to_be_bytes());
        bomb[20..24].copy_from_slice(&height.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        bomb
    }

    /// A lossless WebP of `width` × `height`.
    pub fn webp(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        picture(width, height)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::WebP)
            .expect("encode a sample WebP");
        out
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

    /// Whether `haystack` contains `needle`.
    pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }
}
