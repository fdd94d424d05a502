// edition:2024
// A min-heap implemented on a Vec with sift-up/sift-down and heapsort.
#[derive(Debug, Default)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    pub fn push(&mut self, v: T) {
        self.data.push(v);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] >= self.data[parent] {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < n && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break top;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }
}

impl<T: Ord> FromIterator<T> for MinHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut h = MinHeap { data: Vec::new() };
        for v in iter {
            h.push(v);
        }
        h
    }
}

pub fn heapsort<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut h: MinHeap<T> = items.into_iter().collect();
    std::iter::from_fn(move || h.pop()).collect()
}

fn main() {
    let mut h = MinHeap::default();
    for x in [7, 3, 9, 1, 4] {
        h.push(x);
    }
    println!("{:?} {}", h.peek(), h.len());
    println!("{:?}", heapsort(vec!["delta", "alpha", "charlie", "bravo"]));
    let tasks: MinHeap<(u8, &str)> = [(3, "low"), (1, "urgent"), (2, "normal")].into_iter().collect();
    let order: Vec<_> = heapsort(tasks.data);
    println!("{order:?}");
}
