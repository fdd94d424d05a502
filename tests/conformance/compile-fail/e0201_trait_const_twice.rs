// Needs a trait impl (tier L2): an associated constant given twice in one impl.
trait Limits {
    const MAX: u32;
}

struct Queue;

impl Limits for Queue {
    const MAX: u32 = 64;
    const MAX: u32 = 128;
}

fn main() {
    println!("{}", Queue::MAX);
}
