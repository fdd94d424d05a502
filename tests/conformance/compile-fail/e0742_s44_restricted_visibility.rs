// `pub(in path)` restrictions written wrong, and values used as struct names.
mod storage {
    pub mod cache {
        pub(in crate::storage) fn evict(size: usize) -> usize {
            size / 2
        }
    }

    pub mod disk {
        pub(in crate::storage::cache) fn flush() -> u32 {
            7
        }

        pub(in storage) fn sync() -> u32 {
            1
        }

        pub(in crate::storage::index) fn reindex() -> u32 {
            3
        }
    }

    pub mod index {}

    pub fn compact() -> usize {
        cache::evict(64) + disk::flush() as usize + disk::sync() as usize + disk::reindex() as usize
    }
}

struct Entry {
    key: u32,
}

fn make_entry(key: u32) -> Entry {
    Entry { key }
}

const DEFAULT_KEY: u32 = 9;

fn main() {
    let total = storage::compact();
    let first = make_entry { key: 1 };
    let second = DEFAULT_KEY { key: 2 };
    let limit = 4;
    let third = limit { key: 3 };
    println!("{} {}", total, make_entry(1).key);
    let _ = (first, second, third);
}
