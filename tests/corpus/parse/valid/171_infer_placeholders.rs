// Inference placeholders: `_` in type positions, turbofish, casts, array lengths and closure params.
use std::collections::{BTreeMap, HashSet};

fn main() {
    let v: Vec<_> = (0..5).map(|x| x * x).collect();
    let set = v.iter().copied().collect::<HashSet<_>>();
    let map: BTreeMap<_, Vec<_>> = v.iter().map(|&x| (x % 3, vec![x])).collect();
    let arr: [_; 3] = [1u8, 2, 3];
    let pair: (_, &str) = (1.5, "x");
    let casted = 300i32 as u8 as _;
    let as_u64: u64 = casted;
    let parsed = "42".parse::<_>().unwrap_or(0u16);
    let closure = |a: _, b| a + b + 1i32;
    let sum = closure(1, 2);
    let boxed: Box<_> = Box::new([0; 4]);
    let nested: Option<Result<_, ()>> = Some(Ok('c'));
    let inferred_len = [0u32; _];
    let _: [u32; 2] = inferred_len;
    let default: (u8, String) = Default::default();
    let converted = u32::from(arr[0]) + <u32>::default();
    println!("{v:?} {} {map:?} {arr:?} {pair:?} {as_u64} {parsed} {sum} {} {nested:?} {default:?} {converted}", set.len(), boxed.len());
}
