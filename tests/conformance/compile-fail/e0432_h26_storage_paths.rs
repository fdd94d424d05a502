// Storage engine modules: imports through super, self and crate paths.
mod storage {
    pub mod page {
        pub const SIZE: usize = 4096;

        #[derive(Debug, Clone, Copy)]
        pub struct PageId(pub u32);
    }

    pub mod cache {
        use super::page::{PageId, SIZE};
        use super::super::LIMIT;
        use self::policy::Lru;
        use super::page::Frame;

        mod policy {
            pub struct Lru {
                pub hits: u32,
            }
        }

        pub fn capacity() -> usize {
            LIMIT / SIZE
        }

        pub fn touch(id: PageId) -> u32 {
            let mut l = Lru { hits: 0 };
            l.hits += id.0;
            l.hits
        }
    }

    pub fn describe() -> usize {
        super::super::LIMIT
    }
}

const LIMIT: usize = 1 << 20;

fn main() {
    println!("{}", storage::cache::capacity());
    println!("{}", storage::cache::touch(storage::page::PageId(3)));
    println!("{}", storage::describe());
}
