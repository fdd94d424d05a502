// An index-based arena for tree nodes, with typed ids and generational checks.
use std::marker::PhantomData;

#[derive(Debug)]
pub struct Id<T> {
    index: u32,
    generation: u32,
    _marker: PhantomData<fn() -> T>,
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Id<T> {}

impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.generation == other.generation
    }
}

enum Slot<T> {
    Occupied { generation: u32, value: T },
    Free { generation: u32, next_free: Option<u32> },
}

pub struct Arena<T> {
    slots: Vec<Slot<T>>,
    free_head: Option<u32>,
}

impl<T> Arena<T> {
    pub fn new() -> Self {
        Arena { slots: Vec::new(), free_head: None }
    }

    pub fn alloc(&mut self, value: T) -> Id<T> {
        if let Some(index) = self.free_head {
            let slot = &mut self.slots[index as usize];
            let Slot::Free { generation, next_free } = *slot else { unreachable!("free list corrupt") };
            self.free_head = next_free;
            *slot = Slot::Occupied { generation: generation + 1, value };
            return Id { index, generation: generation + 1, _marker: PhantomData };
        }
        self.slots.push(Slot::Occupied { generation: 0, value });
        Id { index: (self.slots.len() - 1) as u32, generation: 0, _marker: PhantomData }
    }

    pub fn get(&self, id: Id<T>) -> Option<&T> {
        match self.slots.get(id.index as usize)? {
            Slot::Occupied { generation, value } if *generation == id.generation => Some(value),
            _ => None,
        }
    }

    pub fn remove(&mut self, id: Id<T>) -> Option<T> {
        let slot = self.slots.get_mut(id.index as usize)?;
        match slot {
            Slot::Occupied { generation, .. } if *generation == id.generation => {
                let freed = Slot::Free { generation: *generation, next_free: self.free_head };
                let old = std::mem::replace(slot, freed);
                self.free_head = Some(id.index);
                match old {
                    Slot::Occupied { value, .. } => Some(value),
                    Slot::Free { .. } => None,
                }
            }
            _ => None,
        }
    }
}

#[derive(Debug)]
struct TreeNode {
    label: &'static str,
    children: Vec<Id<TreeNode>>,
}

fn main() {
    let mut arena = Arena::new();
    let leaf = arena.alloc(TreeNode { label: "leaf", children: vec![] });
    let root = arena.alloc(TreeNode { label: "root", children: vec![leaf] });
    println!("{:?}", arena.get(root).map(|n| (n.label, n.children.len())));
    let removed = arena.remove(leaf);
    let reused = arena.alloc(TreeNode { label: "new", children: vec![] });
    println!("{:?} {:?} {} {:?}", removed.map(|n| n.label), arena.get(leaf).is_none(), reused == leaf, arena.get(reused));
}
