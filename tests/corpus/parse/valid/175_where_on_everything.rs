// Where clauses on enums, unions, type aliases in traits, impl headers and associated functions.
use std::fmt::Debug;
use std::hash::Hash;

pub enum Tree<K, V>
where
    K: Ord,
{
    Leaf,
    Node(Box<Tree<K, V>>, K, V, Box<Tree<K, V>>),
}

#[repr(C)]
pub union Bits<T>
where
    T: Copy,
{
    value: T,
    raw: u64,
}

pub trait Graph
where
    Self::Node: Hash + Eq,
{
    type Node: Clone + Debug;
    type Edges<'a>: Iterator<Item = Self::Node>
    where
        Self: 'a;

    fn neighbours<'a>(&'a self, n: &Self::Node) -> Self::Edges<'a>;
}

impl<K, V> Tree<K, V>
where
    K: Ord + Debug,
    V: Debug,
{
    pub fn single(k: K, v: V) -> Self
    where
        K: Clone,
    {
        Tree::Node(Box::new(Tree::Leaf), k, v, Box::new(Tree::Leaf))
    }

    pub fn size(&self) -> usize {
        match self {
            Tree::Leaf => 0,
            Tree::Node(l, _, _, r) => l.size() + 1 + r.size(),
        }
    }
}

struct Line(u32);

impl Graph for Line {
    type Node = u32;
    type Edges<'a> = std::vec::IntoIter<u32>;

    fn neighbours<'a>(&'a self, n: &u32) -> Self::Edges<'a> {
        let mut v = Vec::new();
        if *n > 0 {
            v.push(n - 1);
        }
        if *n + 1 < self.0 {
            v.push(n + 1);
        }
        v.into_iter()
    }
}

fn degree<G>(g: &G, n: &G::Node) -> usize
where
    G: Graph + ?Sized,
{
    g.neighbours(n).count()
}

fn main() {
    let t = Tree::single(1, "one");
    let b = Bits::<u32> { value: 7 };
    let raw_is_set = unsafe { b.value } == 7;
    let _ = Bits::<u16> { raw: 0 };
    println!("{} {} {} {}", t.size(), raw_is_set, degree(&Line(5), &0), degree(&Line(5), &2));
}
