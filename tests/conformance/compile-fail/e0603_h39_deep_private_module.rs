// A private module three levels down.
mod engine {
    pub mod audio {
        mod codecs {
            pub mod opus {
                pub fn frame_size(ms: u32) -> u32 {
                    ms * 48
                }
            }
        }

        pub fn default_frame() -> u32 {
            codecs::opus::frame_size(20)
        }
    }
}

use engine::audio::codecs::opus;

fn main() {
    println!("{}", engine::audio::default_frame());
    println!("{}", opus::frame_size(10));
    println!("{}", engine::audio::codecs::opus::frame_size(40));
}
