// Disjoint-set union with path compression and union by rank; Kruskal's MST on top.
pub struct DisjointSet {
    parent: Vec<usize>,
    rank: Vec<u8>,
    sets: usize,
}

impl DisjointSet {
    pub fn new(n: usize) -> Self {
        DisjointSet { parent: (0..n).collect(), rank: vec![0; n], sets: n }
    }

    pub fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut cur = x;
        while self.parent[cur] != root {
            let next = self.parent[cur];
            self.parent[cur] = root;
            cur = next;
        }
        root
    }

    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        use std::cmp::Ordering::*;
        match self.rank[ra].cmp(&self.rank[rb]) {
            Less => self.parent[ra] = rb,
            Greater => self.parent[rb] = ra,
            Equal => {
                self.parent[rb] = ra;
                self.rank[ra] += 1;
            }
        }
        self.sets -= 1;
        true
    }
}

fn kruskal(n: usize, mut edges: Vec<(u32, usize, usize)>) -> (u32, Vec<(usize, usize)>) {
    edges.sort_unstable();
    let mut ds = DisjointSet::new(n);
    let mut total = 0;
    let mut chosen = vec![];
    for (w, a, b) in edges {
        if ds.union(a, b) {
            total += w;
            chosen.push((a, b));
        }
    }
    (total, chosen)
}

fn main() {
    let mut ds = DisjointSet::new(6);
    ds.union(0, 1);
    ds.union(2, 3);
    ds.union(1, 3);
    println!("{} {} {}", ds.find(0) == ds.find(2), ds.find(4) == ds.find(5), ds.sets);
    let edges = vec![(4, 0, 1), (1, 1, 2), (3, 0, 2), (2, 2, 3), (5, 3, 4)];
    println!("{:?}", kruskal(5, edges));
}
