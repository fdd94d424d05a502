// lints: unconditional_recursion
// Methods and associated functions that call themselves on every path.
struct Tree {
    depth: u32,
    weight: u64,
}

impl Tree {
    fn new(depth: u32) -> Self {
        Self::new(depth)
    }

    fn leaf() -> Tree {
        Tree { depth: 0, weight: 1 }
    }

    fn total_weight(&self) -> u64 {
        self.weight + self.total_weight()
    }

    fn deepen(&mut self) {
        self.depth += 1;
        self.deepen();
    }

    fn describe(self) -> u32 {
        Tree::describe(self)
    }

    fn bounded(&self, n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        self.bounded(n - 1)
    }

    fn both_branches(&self, flag: bool) -> u32 {
        if flag {
            self.both_branches(false)
        } else {
            self.both_branches(true)
        }
    }

    fn looping(&self) -> u32 {
        loop {
            return self.looping();
        }
    }

    fn via_match(&self, k: u8) -> u32 {
        match k {
            0 => Self::via_match(self, 1),
            _ => self.via_match(0) + 1,
        }
    }
}

fn count_down(n: u32) -> u32 {
    let m = n + 1;
    count_down(m)
}

fn main() {
    let t = Tree::leaf();
    println!("{}", t.bounded(3));
    if t.depth > 100 {
        let mut u = Tree::new(1);
        u.deepen();
        println!("{}", u.total_weight());
        println!("{} {} {}", u.both_branches(true), u.looping(), u.via_match(0));
        println!("{}", u.describe());
        println!("{}", count_down(1));
    }
}
