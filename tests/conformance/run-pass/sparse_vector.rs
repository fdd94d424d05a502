// Sparse vectors as sorted (index, value) arrays: dot products and merging.
#[derive(Clone, Copy)]
struct Sparse {
    entries: [(u32, f64); 8],
    len: usize,
}

impl Sparse {
    fn from(pairs: &[(u32, f64)]) -> Sparse {
        let mut s = Sparse { entries: [(0, 0.0); 8], len: 0 };
        for &p in pairs {
            s.entries[s.len] = p;
            s.len += 1;
        }
        s
    }

    fn dot(&self, other: &Sparse) -> f64 {
        let (mut i, mut j, mut acc) = (0, 0, 0.0);
        while i < self.len && j < other.len {
            let (a, b) = (self.entries[i], other.entries[j]);
            if a.0 == b.0 {
                acc += a.1 * b.1;
                i += 1;
                j += 1;
            } else if a.0 < b.0 {
                i += 1;
            } else {
                j += 1;
            }
        }
        acc
    }

    fn norm(&self) -> f64 {
        self.dot(self).sqrt()
    }
}

fn main() {
    let docs = [
        Sparse::from(&[(1, 2.0), (4, 1.0), (9, 3.0)]),
        Sparse::from(&[(1, 1.0), (2, 1.0), (9, 1.0)]),
        Sparse::from(&[(3, 5.0), (7, 2.0)]),
    ];
    for a in 0..docs.len() {
        for b in a + 1..docs.len() {
            let cos = docs[a].dot(&docs[b]) / (docs[a].norm() * docs[b].norm());
            println!("cos(doc{}, doc{}) = {:.4}", a, b, cos);
        }
    }
}
