// A typed index vector: newtype ids that can only index their own collection.
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

pub trait Idx: Copy + Eq {
    fn new(i: usize) -> Self;
    fn index(self) -> usize;
}

macro_rules! define_idx {
    ($($name:ident),* $(,)?) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct $name(u32);

            impl Idx for $name {
                fn new(i: usize) -> Self {
                    $name(u32::try_from(i).expect("index overflow"))
                }
                fn index(self) -> usize {
                    self.0 as usize
                }
            }
        )*
    };
}

define_idx!(FuncId, BlockId);

#[derive(Debug)]
pub struct IndexVec<I: Idx, T> {
    raw: Vec<T>,
    _marker: PhantomData<fn(&I)>,
}

impl<I: Idx, T> IndexVec<I, T> {
    pub fn new() -> Self {
        IndexVec { raw: Vec::new(), _marker: PhantomData }
    }

    pub fn push(&mut self, v: T) -> I {
        let id = I::new(self.raw.len());
        self.raw.push(v);
        id
    }

    pub fn iter_enumerated(&self) -> impl Iterator<Item = (I, &T)> + '_ {
        self.raw.iter().enumerate().map(|(i, t)| (I::new(i), t))
    }
}

impl<I: Idx, T> Index<I> for IndexVec<I, T> {
    type Output = T;
    fn index(&self, i: I) -> &T {
        &self.raw[i.index()]
    }
}

impl<I: Idx, T> IndexMut<I> for IndexVec<I, T> {
    fn index_mut(&mut self, i: I) -> &mut T {
        &mut self.raw[i.index()]
    }
}

#[derive(Debug)]
struct Function {
    name: &'static str,
    blocks: Vec<BlockId>,
}

fn main() {
    let mut blocks: IndexVec<BlockId, &str> = IndexVec::new();
    let entry = blocks.push("entry");
    let exit = blocks.push("exit");
    let mut funcs: IndexVec<FuncId, Function> = IndexVec::new();
    let main_fn = funcs.push(Function { name: "main", blocks: vec![entry, exit] });
    funcs[main_fn].blocks.push(entry);
    blocks[exit] = "return";
    for (id, f) in funcs.iter_enumerated() {
        let names: Vec<&str> = f.blocks.iter().map(|&b| blocks[b]).collect();
        println!("{id:?} {} {names:?}", f.name);
    }
}
