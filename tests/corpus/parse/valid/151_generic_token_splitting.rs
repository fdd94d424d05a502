// Token-splitting edge cases in generics: `>>`, `>>=`, `>=`, `<<` starting a qualified path, `&&`, `||`.
use std::collections::HashMap;
use std::iter::Iterator;

trait Store {
    type Key;
}

struct Disk;

impl Store for Disk {
    type Key = u64;
}

fn keys() -> Vec<<Disk as Store>::Key> {
    vec![1, 2]
}

fn nested() -> Vec<Vec<Option<u8>>> {
    vec![vec![Some(1)]]
}

fn main() {
    let a: Vec<Vec<u8>>= vec![vec![1]];
    let b: Option<Option<i32>>= Some(None);
    let mut shift = 256u32;
    shift >>= 2;
    let c: HashMap<String, Vec<(u8, Option<Box<dyn Fn() -> u8>>)>> = HashMap::new();
    let d = Vec::<Vec<u8>>::new();
    let e: Vec<<Disk as Store>::Key> = keys();
    let f = &&5;
    let g: &&str = &"s";
    let h = || true;
    let i = h() || false;
    let j = |x: &&i32| **x;
    let k = nested().len() >= 1;
    let cmp = a.len()>=1;
    let r: &&[u8] = &&[1u8, 2][..];
    let or_closure = |a: bool, b: bool| a||b;
    let nothing = ||();
    let ge: bool = 3>=2;
    let lt = Vec::<u8>::new().len()<1;
    let turbofish_shift = 1u8<<3;
    let double_ref_pat = match &&7 {
        &&7 => true,
        _ => false,
    };
    println!("{a:?} {b:?} {shift} {} {d:?} {e:?} {f} {g} {i} {} {k} {cmp} {r:?}", c.len(), j(&&4));
    println!("{} {:?} {ge} {lt} {turbofish_shift} {double_ref_pat}", or_closure(false, true), nothing());
}
