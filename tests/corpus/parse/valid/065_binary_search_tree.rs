// A binary search tree with recursive insert, lookup, in-order traversal and removal of the minimum.
use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
pub enum Tree<K: Ord, V> {
    Leaf,
    Node(Box<TreeNode<K, V>>),
}

#[derive(Debug)]
pub struct TreeNode<K: Ord, V> {
    key: K,
    value: V,
    left: Tree<K, V>,
    right: Tree<K, V>,
}

impl<K: Ord + Debug, V: Debug> Tree<K, V> {
    pub fn new() -> Self {
        Tree::Leaf
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self {
            Tree::Leaf => {
                *self = Tree::Node(Box::new(TreeNode { key, value, left: Tree::Leaf, right: Tree::Leaf }));
                None
            }
            Tree::Node(node) => match key.cmp(&node.key) {
                Ordering::Less => node.left.insert(key, value),
                Ordering::Greater => node.right.insert(key, value),
                Ordering::Equal => Some(std::mem::replace(&mut node.value, value)),
            },
        }
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self;
        while let Tree::Node(node) = cur {
            cur = match key.cmp(&node.key) {
                Ordering::Less => &node.left,
                Ordering::Greater => &node.right,
                Ordering::Equal => return Some(&node.value),
            };
        }
        None
    }

    pub fn height(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(n) => 1 + n.left.height().max(n.right.height()),
        }
    }

    pub fn in_order<'a>(&'a self, out: &mut Vec<(&'a K, &'a V)>) {
        if let Tree::Node(n) = self {
            n.left.in_order(out);
            out.push((&n.key, &n.value));
            n.right.in_order(out);
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for (k, v) in [(5, "five"), (2, "two"), (8, "eight"), (1, "one"), (9, "nine")] {
        t.insert(k, v);
    }
    let old = t.insert(2, "TWO");
    let mut items = Vec::new();
    t.in_order(&mut items);
    println!("{:?} {:?} {:?} h={}", old, t.get(&8), t.get(&7), t.height());
    println!("{:?}", items);
}
