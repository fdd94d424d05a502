// Calling a `&mut self` method on an immutable binding.
struct Stack {
    items: [i32; 8],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.items[self.len] = v;
        self.len += 1;
    }
}

fn main() {
    let s = Stack { items: [0; 8], len: 0 };
    s.push(4);
    s.push(2);
    println!("{} {:?}", s.len, s.items);
}
