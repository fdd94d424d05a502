// Free consts that read a type's associated consts; one of those overflows.
struct Audio;

impl Audio {
    const RATE: u32 = 48_000;
    const CHANNELS: u8 = 2;
    const FRAME_BYTES: u8 = 128 * Audio::CHANNELS;
    const SILENCE: i16 = i16::MIN;
}

struct Video;

impl Video {
    const FPS: u32 = 0;
    const PER_FRAME: u32 = Audio::RATE / Video::FPS;
}

const FRAME: u8 = Audio::FRAME_BYTES;
const SAMPLES: u32 = Video::PER_FRAME;
const QUIET: i16 = -Audio::SILENCE;
const STEREO: u8 = Audio::CHANNELS * 2;

fn main() {
    println!("{} {} {} {}", FRAME, SAMPLES, QUIET, STEREO);
}
