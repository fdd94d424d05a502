// Macro invocations in item, statement, expression, pattern and type position, with all delimiters.
macro_rules! ty_of {
    (int) => { i64 };
    (text) => { String };
}

macro_rules! pat_of {
    (small) => { 0..=9 };
    (pair $a:ident $b:ident) => { ($a, $b) };
}

macro_rules! make_fn {
    ($name:ident) => {
        fn $name() -> &'static str {
            stringify!($name)
        }
    };
}

macro_rules! stmts {
    ($($e:expr);*) => { $( let _ = $e; )* };
}

make_fn!(alpha);
make_fn![beta];
make_fn! { gamma }

thread_local! {
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

struct Holder {
    value: ty_of!(int),
    names: Vec<ty_of![text]>,
}

fn classify(n: i64) -> &'static str {
    match n {
        pat_of!(small) => "small",
        _ => "big",
    }
}

fn main() {
    let h = Holder { value: 4, names: vec![String::from("x")] };
    stmts!(1; 2; 3);
    let pat_of!(pair a b) = (1, 2);
    let v = vec![1, 2, 3];
    let w = vec!(0; 4);
    let total: i32 = v.iter().sum::<i32>() + a + b;
    println!("{} {} {} {}", alpha(), beta(), gamma(), classify(h.value));
    assert!(total > 0, "total was {}", total);
    assert_eq! { w.len(), 4 }
    debug_assert_ne![h.names.len(), 0];
    DEPTH.with(|d| d.set(d.get() + 1));
    let r = format_args!("{}", 1).to_string();
    let _ = matches!(h.value, 1 | 4 if true);
    if cfg!(debug_assertions) {
        eprintln!("debug {}", r);
    }
    let ctx: ty_of!(text) = concat!("a", "b").to_owned();
    println!("{}", ctx);
    unreachable_if_false(true);
}

fn unreachable_if_false(x: bool) {
    if !x {
        unreachable!()
    }
}
