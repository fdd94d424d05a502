// A facade module glob re-exports two backends that define the same names;
// single imports, paths through the facade and a glob of the facade are all ambiguous.
mod storage {
    pub mod disk {
        pub struct Handle;
        pub const BLOCK: u32 = 4096;
        pub fn open(id: u8) -> u8 {
            id
        }
        pub fn sync() -> bool {
            true
        }
    }

    pub mod memory {
        pub struct Handle;
        pub const BLOCK: u32 = 64;
        pub fn open(id: u16) -> u16 {
            id * 2
        }
        pub fn clear() -> u32 {
            0
        }
    }

    pub use self::disk::*;
    pub use self::memory::*;
}

mod jobs {
    use crate::storage::open;
    use crate::storage::{clear, sync};

    pub fn run() -> u32 {
        let cleared = clear();
        if sync() {
            cleared + 1
        } else {
            cleared
        }
    }

    pub fn first() -> u8 {
        open(7)
    }
}

use storage::*;

fn main() {
    let block = storage::BLOCK;
    let handle: storage::Handle = storage::Handle;
    let unused = 3;
    let id: u32 = open(2);
    println!("{} {} {} {}", block, jobs::run(), jobs::first(), id);
}
