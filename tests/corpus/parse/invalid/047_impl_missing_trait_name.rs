struct Stack<T> {
    items: Vec<T>,
}

impl<T> for Stack<T> {
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
}

fn main() {
    let mut s = Stack { items: Vec::new() };
    s.push(1);
}
