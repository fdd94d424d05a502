// Memory pool sizing for a small allocator; the pool size is computed from consts in two modules.
mod limits {
    pub const PAGE: u32 = 4096;
    pub const PAGES_PER_ARENA: u32 = 1 << 20;
    pub const MAX_ARENAS: u8 = 200;
}

mod pool {
    use super::limits;

    pub const ARENA_BYTES: u32 = limits::PAGE * limits::PAGES_PER_ARENA;
    pub const SPARE_ARENAS: u8 = limits::MAX_ARENAS + 100;
    pub const SLOTS: usize = 8;
}

#[derive(Debug, Clone, Copy)]
struct Arena {
    id: u8,
    used: [u32; pool::SLOTS],
}

impl Arena {
    fn new(id: u8) -> Arena {
        Arena { id, used: [0; pool::SLOTS] }
    }

    fn claim(&mut self, slot: usize, bytes: u32) -> bool {
        if slot >= pool::SLOTS || self.used[slot] != 0 {
            return false;
        }
        self.used[slot] = bytes;
        true
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for b in self.used {
            sum += b;
        }
        sum
    }
}

fn main() {
    let mut a = Arena::new(1);
    a.claim(0, 4096);
    a.claim(3, 8192);
    let remaining: u16 = pool::ARENA_BYTES - a.total();
    println!("arena {} uses {} bytes", a.id, a.total());
    println!("spare {} remaining {}", pool::SPARE_ARENAS, remaining);
}
