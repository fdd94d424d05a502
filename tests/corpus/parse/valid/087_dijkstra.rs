// Dijkstra's shortest paths with BinaryHeap and Reverse, on an adjacency-list graph.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy)]
struct Edge {
    to: usize,
    cost: u32,
}

struct Graph {
    adj: Vec<Vec<Edge>>,
}

impl Graph {
    fn new(n: usize) -> Self {
        Graph { adj: vec![Vec::new(); n] }
    }

    fn add_edge(&mut self, from: usize, to: usize, cost: u32) {
        self.adj[from].push(Edge { to, cost });
        self.adj[to].push(Edge { to: from, cost });
    }

    fn shortest(&self, start: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.adj.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[start] = Some(0);
        heap.push(Reverse((0u32, start)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u].is_some_and(|best| d > best) {
                continue;
            }
            for &Edge { to, cost } in &self.adj[u] {
                let nd = d + cost;
                if dist[to].map_or(true, |cur| nd < cur) {
                    dist[to] = Some(nd);
                    prev[to] = Some(u);
                    heap.push(Reverse((nd, to)));
                }
            }
        }
        (dist, prev)
    }
}

fn path(prev: &[Option<usize>], mut to: usize) -> Vec<usize> {
    let mut p = vec![to];
    while let Some(before) = prev[to] {
        p.push(before);
        to = before;
    }
    p.reverse();
    p
}

fn main() {
    let mut g = Graph::new(6);
    for &(a, b, c) in &[(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)] {
        g.add_edge(a, b, c);
    }
    let (dist, prev) = g.shortest(0);
    for (node, d) in dist.iter().enumerate() {
        println!("{node}: {:?} via {:?}", d, path(&prev, node));
    }
}
