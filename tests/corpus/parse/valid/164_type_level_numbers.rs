// Type-level Peano numbers with traits, associated consts and associated types.
use std::marker::PhantomData;

pub struct Zero;
pub struct Succ<N>(PhantomData<N>);

pub trait Nat {
    const VALUE: usize;
}

impl Nat for Zero {
    const VALUE: usize = 0;
}

impl<N: Nat> Nat for Succ<N> {
    const VALUE: usize = N::VALUE + 1;
}

pub trait Add<Rhs> {
    type Output: Nat;
}

impl<Rhs: Nat> Add<Rhs> for Zero {
    type Output = Rhs;
}

impl<N: Nat + Add<Rhs>, Rhs: Nat> Add<Rhs> for Succ<N> {
    type Output = Succ<<N as Add<Rhs>>::Output>;
}

pub type One = Succ<Zero>;
pub type Two = Succ<One>;
pub type Three = <One as Add<Two>>::Output;
pub type Sum<A, B> = <A as Add<B>>::Output;

pub struct Vector<T, N: Nat> {
    items: Vec<T>,
    _len: PhantomData<N>,
}

impl<T> Vector<T, Zero> {
    pub fn new() -> Self {
        Vector { items: Vec::new(), _len: PhantomData }
    }
}

impl<T, N: Nat> Vector<T, N> {
    pub fn push(mut self, v: T) -> Vector<T, Succ<N>> {
        self.items.push(v);
        Vector { items: self.items, _len: PhantomData }
    }

    pub fn len(&self) -> usize {
        N::VALUE
    }
}

impl<T: Clone> Vector<T, Succ<Zero>> {
    pub fn only(&self) -> T {
        self.items[0].clone()
    }
}

fn main() {
    println!("{} {} {}", Three::VALUE, <Sum<Two, Three> as Nat>::VALUE, <Succ<Succ<Zero>> as Nat>::VALUE);
    let v = Vector::new().push('a');
    println!("{} {}", v.only(), v.len());
    let v3 = v.push('b').push('c');
    println!("{} {:?}", v3.len(), v3.items);
}
