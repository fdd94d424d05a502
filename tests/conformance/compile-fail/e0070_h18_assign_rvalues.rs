// Assignments whose left side is not a place: a function call, an arithmetic result,
// a constant and a literal.
const LIMIT: u32 = 10;

struct Budget {
    spent: u32,
}

impl Budget {
    fn remaining(&self) -> u32 {
        LIMIT - self.spent
    }
}

fn main() {
    let mut b = Budget { spent: 3 };
    let mut a = 1;
    b.remaining() = 5;
    a + 1 = 7;
    LIMIT = 20;
    b.spent += 1;
    if a == 1 {
        1 = a;
    }
    println!("{} {}", b.spent, a);
}
