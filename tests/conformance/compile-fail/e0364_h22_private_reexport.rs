// A plugin registry that tries to re-export items more widely than they are visible.
mod registry {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Kind {
        Audio,
        Video,
    }

    fn checksum(id: u32) -> u32 {
        id.wrapping_mul(2654435761) >> 16
    }

    pub(crate) fn register(id: u32, kind: Kind) -> u32 {
        checksum(id) + kind as u32
    }

    pub mod api {
        pub use super::checksum;
        pub use super::Kind as PluginKind;
    }
}

pub use registry::register;
use registry::api::PluginKind;

fn main() {
    let a = registry::register(7, PluginKind::Audio);
    let b = registry::register(9, PluginKind::Video);
    println!("{} {}", a, b);
}
