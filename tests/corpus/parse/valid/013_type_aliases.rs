// Type aliases: plain, generic, with bounds in where clauses, aliases of fn pointers and trait objects.
use std::collections::HashMap;
use std::error::Error;

pub type Result<T, E = Box<dyn Error + Send + Sync>> = std::result::Result<T, E>;
type Map<K> = HashMap<K, Vec<K>>;
type Callback = fn(i32) -> i32;
type BoxedHandler<'a> = Box<dyn FnMut(&str) -> bool + 'a>;
type Pair<T> = (T, T);
type Grid = [[u8; 3]; 3];
type Unit = ();
type Never = std::convert::Infallible;
type Ptr = *const u8;
pub(crate) type Id = u64;

trait Store {
    type Key;
    type Value: Clone;
}

type KeyOf<S> = <S as Store>::Key;

fn parse_number(s: &str) -> Result<i64> {
    Ok(s.trim().parse::<i64>()?)
}

fn apply(cb: Callback, v: i32) -> i32 {
    cb(v)
}

fn main() {
    let mut m: Map<&str> = Map::new();
    m.entry("a").or_default().push("b");
    let mut seen = 0;
    let mut h: BoxedHandler = Box::new(|s| {
        seen += s.len();
        true
    });
    h("abc");
    drop(h);
    let p: Pair<u8> = (1, 2);
    let g: Grid = [[0; 3]; 3];
    let _u: Unit = ();
    let _n: Option<Never> = None;
    let _p: Ptr = std::ptr::null();
    let id: Id = 7;
    println!("{:?} {} {} {:?} {} {}", parse_number(" 42 ").ok(), apply(|x| x * 2, 4), seen, p, g[1][1], id);
}
