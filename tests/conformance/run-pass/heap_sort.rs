// A binary max-heap in a fixed array, used for heap sort and a top-k query.
struct Heap {
    data: [i32; 32],
    len: usize,
}

impl Heap {
    fn new() -> Heap {
        Heap { data: [0; 32], len: 0 }
    }

    fn swap(&mut self, a: usize, b: usize) {
        let tmp = self.data[a];
        self.data[a] = self.data[b];
        self.data[b] = tmp;
    }

    fn push(&mut self, v: i32) {
        let mut i = self.len;
        self.data[i] = v;
        self.len += 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[parent] >= self.data[i] {
                break;
            }
            self.swap(parent, i);
            i = parent;
        }
    }

    fn pop(&mut self) -> i32 {
        let top = self.data[0];
        self.len -= 1;
        self.data[0] = self.data[self.len];
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut largest = i;
            if l < self.len && self.data[l] > self.data[largest] {
                largest = l;
            }
            if r < self.len && self.data[r] > self.data[largest] {
                largest = r;
            }
            if largest == i {
                break top;
            }
            self.swap(i, largest);
            i = largest;
        }
    }
}

fn main() {
    let input = [17, -4, 99, 23, 0, 42, 8, 15, -30, 77, 61, 3];
    let mut heap = Heap::new();
    for &v in input.iter() {
        heap.push(v);
    }
    print!("top 3:");
    for _ in 0..3 {
        print!(" {}", heap.pop());
    }
    println!();
    let mut sorted = [0; 12];
    let mut h2 = Heap::new();
    for v in input {
        h2.push(v);
    }
    for i in (0..input.len()).rev() {
        sorted[i] = h2.pop();
    }
    println!("sorted: {:?}", sorted);
    println!("remaining in first heap: {}", heap.len);
}
