// Tuple, array, slice, reference and nested generic types, including the empty tuple and 1-tuples.
use std::collections::HashMap;

type Row = (u32, &'static str, f64);
type Board = [[Option<char>; 3]; 3];
type Single = (i32,);
type Empty = ();
type Nested = Vec<Option<Result<(u8, u8), String>>>;
type SliceRef<'a> = &'a [u8];
type MutSlice<'a> = &'a mut [i32];
type BoxSlice = Box<[String]>;
type StrMap = HashMap<String, Vec<(usize, usize)>>;
type ArrOfTuples = [(char, u8); 2];
type RefToArray<'a> = &'a [u8; 4];
type ShiftyGeneric = Vec<Vec<Vec<u8>>>;
const N: usize = 3;
type ConstSized = [u8; N * 2];
type BlockSized = [u8; { 1 + 1 }];

fn winner(b: &Board) -> Option<char> {
    for row in b {
        if let [Some(a), Some(bb), Some(c)] = row {
            if a == bb && bb == c {
                return Some(*a);
            }
        }
    }
    None
}

fn stats(rows: &[Row]) -> (f64, usize) {
    let total: f64 = rows.iter().map(|r| r.2).sum();
    (total, rows.len())
}

fn first_two(s: SliceRef<'_>) -> Option<(u8, u8)> {
    Some((*s.first()?, *s.get(1)?))
}

fn zero(m: MutSlice<'_>) {
    for x in m.iter_mut() {
        *x = 0;
    }
}

fn main() {
    let b: Board = [[Some('x'); 3], [None; 3], [Some('o'), None, None]];
    let single: Single = (5,);
    let empty: Empty = ();
    let nested: Nested = vec![Some(Ok((1, 2))), None, Some(Err("e".into()))];
    let rows: [Row; 1] = [(1, "a", 2.5)];
    let mut nums = [1, 2, 3];
    zero(&mut nums[1..]);
    let bs: BoxSlice = vec!["x".to_string()].into_boxed_slice();
    let map: StrMap = HashMap::new();
    let at: ArrOfTuples = [('a', 1), ('b', 2)];
    let ra: RefToArray = &[1, 2, 3, 4];
    let sg: ShiftyGeneric = vec![vec![vec![1]]];
    let cs: ConstSized = [0; 6];
    let bl: BlockSized = [1, 2];
    println!("{:?} {:?} {:?} {:?}", winner(&b), single, empty, nested);
    println!("{:?} {:?} {:?} {} {}", stats(&rows), nums, bs, map.len(), at[1].0);
    println!("{:?} {:?} {} {}", first_two(ra), sg, cs.len(), bl.len());
}
