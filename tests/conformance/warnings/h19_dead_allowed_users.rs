// lints: dead_code
// Items whose only users are functions marked `#[allow(dead_code)]`.
const LIMIT: u32 = 100;
const SPARE: u32 = 5;

struct Budget {
    spent: u32,
    cap: u32,
}

impl Budget {
    fn remaining(&self) -> u32 {
        self.cap - self.spent
    }

    fn over(&self) -> bool {
        self.spent > LIMIT
    }

    #[allow(dead_code)]
    fn audit(&self) -> bool {
        self.over() && helper_check(self.spent)
    }
}

fn helper_check(v: u32) -> bool {
    v % 2 == 0
}

fn deep_helper() -> u32 {
    SPARE
}

fn middle() -> u32 {
    deep_helper() + 1
}

#[allow(dead_code)]
fn debug_only() -> u32 {
    let b = Budget { spent: 1, cap: 2 };
    b.remaining() + middle()
}

fn truly_unused() -> u32 {
    middle() * 2
}

#[allow(dead_code)]
mod archived {
    pub fn old_entry() -> u32 {
        super::archived_helper()
    }
}

fn archived_helper() -> u32 {
    9
}

fn main() {
    println!("start");
}
