// Reaching into a module through an item that is only visible to its parent.
mod storage {
    pub mod disk {
        pub(super) fn block_size() -> u32 {
            4096
        }

        pub fn blocks_for(bytes: u32) -> u32 {
            (bytes + block_size() - 1) / block_size()
        }
    }

    pub fn describe() -> u32 {
        disk::block_size()
    }

    struct Secret;
}

fn main() {
    println!("{} {}", storage::disk::blocks_for(10_000), storage::describe());
    println!("{}", storage::disk::block_size());
    let _ = storage::Secret;
}
