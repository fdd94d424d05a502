// Function pointer types: safe, unsafe, extern with ABIs, variadic, with named params and HRTB.
use std::ffi::c_int;

type BinOp = fn(i64, i64) -> i64;
type Unsafe = unsafe fn(*const u8) -> u8;
type CCallback = extern "C" fn(c_int) -> c_int;
type UnsafeC = unsafe extern "C" fn(data: *mut u8, len: usize);
type Variadic = unsafe extern "C" fn(fmt: *const u8, ...) -> c_int;
type NoReturn = fn() -> !;
type Named = fn(left: u32, right: u32) -> bool;
type Anonymous = fn(_: u32, _: &str);
type Ranked = for<'a> fn(&'a str) -> &'a str;
type Nested = fn(fn(u8) -> u8) -> fn(u8) -> u8;
type SystemAbi = extern "system" fn();
type Table = [fn() -> &'static str; 2];
type Optional = Option<fn(&mut Vec<i32>)>;

fn add(a: i64, b: i64) -> i64 {
    a + b
}

unsafe fn peek(p: *const u8) -> u8 {
    unsafe { *p }
}

extern "C" fn inc(x: c_int) -> c_int {
    x + 1
}

fn identity(s: &str) -> &str {
    s
}

fn twice(f: fn(u8) -> u8) -> fn(u8) -> u8 {
    let _ = f;
    |x| x * 2
}

fn apply(ops: &[(char, BinOp)], a: i64, b: i64) -> Vec<(char, i64)> {
    ops.iter().map(|&(c, f)| (c, f(a, b))).collect()
}

fn main() {
    let ops: [(char, BinOp); 2] = [('+', add), ('*', |a, b| a * b)];
    println!("{:?}", apply(&ops, 6, 7));
    let p: Unsafe = peek;
    let c: CCallback = inc;
    let r: Ranked = identity;
    let n: Nested = twice;
    let t: Table = [|| "a", || "b"];
    let mut v = vec![3, 1, 2];
    let o: Optional = Some(|v: &mut Vec<i32>| v.sort());
    if let Some(f) = o {
        f(&mut v);
    }
    let byte = 9u8;
    let _cmp: Named = |l, r| l < r;
    let _anon: Anonymous = |_, _| ();
    let _ptr: Option<UnsafeC> = None;
    let _var: Option<Variadic> = None;
    let _nr: Option<NoReturn> = None;
    let _sys: Option<SystemAbi> = None;
    println!("{} {} {} {} {} {:?}", unsafe { p(&byte) }, c(1), r("x"), n(|x| x)(4), t[1](), v);
}
