// A growable bit set over u64 words with set algebra and an iterator over set bits.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    const BITS: usize = u64::BITS as usize;

    pub fn with_capacity(bits: usize) -> Self {
        BitSet { words: vec![0; bits.div_ceil(Self::BITS)] }
    }

    pub fn insert(&mut self, i: usize) -> bool {
        let (w, b) = (i / Self::BITS, i % Self::BITS);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let was = self.words[w] >> b & 1 == 1;
        self.words[w] |= 1 << b;
        !was
    }

    pub fn remove(&mut self, i: usize) {
        if let Some(word) = self.words.get_mut(i / Self::BITS) {
            *word &= !(1u64 << (i % Self::BITS));
        }
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words.get(i / Self::BITS).is_some_and(|w| w & (1 << (i % Self::BITS)) != 0)
    }

    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn union_with(&mut self, other: &BitSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= *b;
        }
    }

    pub fn intersect_with(&mut self, other: &BitSet) {
        for (i, a) in self.words.iter_mut().enumerate() {
            *a &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut bits = w;
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let tz = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                Some(wi * BitSet::BITS + tz)
            })
        })
    }
}

impl std::fmt::Debug for BitSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

fn main() {
    let mut a = BitSet::with_capacity(10);
    for i in [1, 3, 64, 130] {
        a.insert(i);
    }
    let mut b = BitSet::default();
    b.insert(3);
    b.insert(200);
    let mut u = a.clone();
    u.union_with(&b);
    a.intersect_with(&b);
    u.remove(1);
    println!("{:?} {:?} {} {}", u, a, u.len(), u.contains(130));
}
