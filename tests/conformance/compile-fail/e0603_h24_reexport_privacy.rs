// A plugin API whose re-exports have different visibilities.
mod api {
    mod core {
        pub fn init() -> u32 {
            1
        }
        pub(crate) fn debug_dump() -> u32 {
            2
        }
        pub struct Handle(pub u32);
        pub const VERSION: u32 = 3;
    }

    pub use self::core::init;
    pub(crate) use self::core::debug_dump;
    use self::core::Handle;
    pub(super) use self::core::VERSION as API_VERSION;

    pub mod types {
        pub type Id = u32;
        type Secret = u64;
        pub fn secret() -> Secret {
            9
        }
    }

    pub fn handle() -> Handle {
        Handle(init())
    }
}

use api::types::Id;
use api::types::Secret;
use api::Handle;

fn main() {
    let id: Id = api::init();
    let d = api::debug_dump();
    let v = api::API_VERSION;
    let h = api::handle();
    let direct = api::core::init();
    let s: api::types::Secret = api::types::secret();
    println!("{} {} {} {} {} {}", id, d, v, h.0, direct, s);
}
