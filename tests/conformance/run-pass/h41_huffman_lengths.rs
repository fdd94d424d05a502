// Computes Huffman code lengths for byte frequencies with a fixed-size array heap.
const MAX_NODES: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct HeapItem {
    weight: u32,
    node: u16,
}

struct MinHeap {
    data: [HeapItem; MAX_NODES],
    len: usize,
}

impl MinHeap {
    fn new() -> Self {
        MinHeap { data: [HeapItem { weight: 0, node: 0 }; MAX_NODES], len: 0 }
    }

    fn push(&mut self, item: HeapItem) {
        let mut i = self.len;
        self.data[i] = item;
        self.len += 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[parent] <= self.data[i] {
                break;
            }
            let tmp = self.data[parent];
            self.data[parent] = self.data[i];
            self.data[i] = tmp;
            i = parent;
        }
    }

    fn pop(&mut self) -> HeapItem {
        let top = self.data[0];
        self.len -= 1;
        self.data[0] = self.data[self.len];
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < self.len && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < self.len && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break top;
            }
            let tmp = self.data[smallest];
            self.data[smallest] = self.data[i];
            self.data[i] = tmp;
            i = smallest;
        }
    }
}

fn main() {
    let text = b"abracadabra alakazam";
    let mut freq = [0u32; 256];
    for &b in text.iter() {
        freq[b as usize] += 1;
    }
    // leaves are 0..n, internal nodes n..; parent[] links children upward
    let mut symbols = [0u8; 32];
    let mut parent = [u16::MAX; MAX_NODES];
    let mut heap = MinHeap::new();
    let mut n = 0usize;
    for (sym, &f) in freq.iter().enumerate() {
        if f > 0 {
            symbols[n] = sym as u8;
            heap.push(HeapItem { weight: f, node: n as u16 });
            n += 1;
        }
    }
    let mut next = n as u16;
    while heap.len > 1 {
        let a = heap.pop();
        let b = heap.pop();
        parent[a.node as usize] = next;
        parent[b.node as usize] = next;
        heap.push(HeapItem { weight: a.weight + b.weight, node: next });
        next += 1;
    }
    let root = heap.pop();
    println!("{} symbols, total weight {}, root node {}", n, root.weight, root.node);
    let mut total_bits = 0;
    for leaf in 0..n {
        let mut depth = 0;
        let mut cur = leaf as u16;
        while parent[cur as usize] != u16::MAX {
            cur = parent[cur as usize];
            depth += 1;
        }
        let sym = symbols[leaf];
        total_bits += depth * freq[sym as usize];
        println!("{:?} x{:<2} -> {} bits", sym as char, freq[sym as usize], depth);
    }
    println!("encoded: {} bits vs {} raw", total_bits, text.len() * 8);
}
