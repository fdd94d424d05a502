// edition:2024
// A fixed-capacity ring buffer over a const-generic array of MaybeUninit-free Option slots.
#[derive(Debug)]
pub struct Ring<T, const N: usize> {
    slots: [Option<T>; N],
    head: usize,
    len: usize,
}

impl<T, const N: usize> Ring<T, N> {
    pub const CAPACITY: usize = N;

    pub fn new() -> Self {
        Ring { slots: std::array::from_fn(|_| None), head: 0, len: 0 }
    }

    pub fn is_full(&self) -> bool {
        self.len == N
    }

    /// Pushes to the back; when full, overwrites and returns the oldest element.
    pub fn push(&mut self, v: T) -> Option<T> {
        let tail = (self.head + self.len) % N;
        let evicted = self.slots[tail].replace(v);
        if self.is_full() {
            self.head = (self.head + 1) % N;
        } else {
            self.len += 1;
        }
        evicted
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.slots[self.head].take();
        self.head = (self.head + 1) % N;
        self.len -= 1;
        v
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len).filter_map(move |i| self.slots[(self.head + i) % N].as_ref())
    }
}

impl<T: Copy + Into<f64>, const N: usize> Ring<T, N> {
    pub fn mean(&self) -> Option<f64> {
        (self.len > 0).then(|| self.iter().map(|&x| x.into()).sum::<f64>() / self.len as f64)
    }
}

fn main() {
    let mut r: Ring<u32, 3> = Ring::new();
    for i in 1..=5 {
        if let Some(old) = r.push(i) {
            println!("evicted {old}");
        }
    }
    println!("{:?} {:?} cap={}", r.iter().collect::<Vec<_>>(), r.mean(), Ring::<u32, 3>::CAPACITY);
    while let Some(x) = r.pop_front() {
        print!("{x} ");
    }
    println!();
}
