// A plugin host that re-exports its private plugin modules alongside a private function.
mod host {
    mod audio {
        pub fn volume(level: u8) -> u8 {
            level.min(100)
        }
    }

    pub(crate) mod video {
        pub fn fps(frames: u32, secs: u32) -> u32 {
            frames / secs.max(1)
        }
    }

    fn version() -> u32 {
        3
    }

    pub mod api {
        pub use super::audio;
        pub use super::video;
        pub use super::version;
    }
}

fn main() {
    println!("{}", host::api::audio::volume(140));
    println!("{}", host::api::video::fps(300, 10));
    println!("{}", host::api::version());
}
