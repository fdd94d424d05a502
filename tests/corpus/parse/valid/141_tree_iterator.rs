// Depth-first and breadth-first iterators over an n-ary tree, with explicit stacks instead of recursion.
use std::collections::VecDeque;

#[derive(Debug)]
pub struct Tree<T> {
    pub value: T,
    pub children: Vec<Tree<T>>,
}

impl<T> Tree<T> {
    pub fn leaf(value: T) -> Self {
        Tree { value, children: Vec::new() }
    }

    pub fn node(value: T, children: Vec<Tree<T>>) -> Self {
        Tree { value, children }
    }

    pub fn dfs(&self) -> Dfs<'_, T> {
        Dfs { stack: vec![(self, 0)] }
    }

    pub fn bfs(&self) -> impl Iterator<Item = (&T, usize)> {
        let mut queue = VecDeque::from([(self, 0usize)]);
        std::iter::from_fn(move || {
            let (node, depth) = queue.pop_front()?;
            queue.extend(node.children.iter().map(|c| (c, depth + 1)));
            Some((&node.value, depth))
        })
    }

    pub fn map<U>(&self, f: &impl Fn(&T) -> U) -> Tree<U> {
        Tree { value: f(&self.value), children: self.children.iter().map(|c| c.map(f)).collect() }
    }
}

pub struct Dfs<'a, T> {
    stack: Vec<(&'a Tree<T>, usize)>,
}

impl<'a, T> Iterator for Dfs<'a, T> {
    type Item = (&'a T, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let (node, depth) = self.stack.pop()?;
        for child in node.children.iter().rev() {
            self.stack.push((child, depth + 1));
        }
        Some((&node.value, depth))
    }
}

fn main() {
    let t = Tree::node("root", vec![
        Tree::node("a", vec![Tree::leaf("a1"), Tree::leaf("a2")]),
        Tree::leaf("b"),
        Tree::node("c", vec![Tree::leaf("c1")]),
    ]);
    for (v, d) in t.dfs() {
        println!("{}{v}", "  ".repeat(d));
    }
    let order: Vec<&str> = t.bfs().map(|(v, _)| *v).collect();
    let lens = t.map(&|s: &&str| s.len());
    let max_depth = t.dfs().map(|(_, d)| d).max();
    println!("{order:?} {max_depth:?} {}", lens.dfs().map(|(n, _)| n).sum::<usize>());
}
