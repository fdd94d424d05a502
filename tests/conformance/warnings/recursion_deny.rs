// lints: unconditional_recursion unused_parens
// A stack whose `len` calls itself; the module denies the recursion lint, making it an error.
#[deny(unconditional_recursion)]
mod stack {
    pub struct Stack {
        pub items: [i32; 8],
        pub top: usize,
    }

    impl Stack {
        pub fn len(&self) -> usize {
            self.len()
        }

        pub fn push(&mut self, v: i32) {
            self.items[self.top] = v;
            self.top += 1;
        }
    }
}

fn depth(n: u64) -> u64 {
    if n == 0 { 0 } else { (1 + depth(n - 1)) }
}

fn main() {
    let mut s = stack::Stack { items: [0; 8], top: 0 };
    s.push(3);
    println!("{} {} {}", s.top, s.items[0], depth(4));
    if s.top > 5 {
        println!("{}", s.len());
    }
}
