// Tuple indexing, including nested `x.0.1` that the lexer sees as a float, and method calls on fields.
struct Wrapper((i32, (u8, char)), [u16; 2]);

fn nested() -> ((i32, i32), (String, (f64, bool))) {
    ((1, 2), ("name".to_string(), (2.5, true)))
}

fn main() {
    let t = nested();
    let a = t.0.0;
    let b = t.0 .1;
    let c = t.1.1.0;
    let d = (t.1).1.1;
    let name_len = t.1.0.len();
    let w = Wrapper((7, (8, 'z')), [9, 10]);
    let deep = w.0.1.1;
    let arr = w.1[0];
    let mut pairs = vec![(1, 'a'), (2, 'b')];
    pairs[0].0 += 10;
    let last = pairs.last().unwrap().1;
    let mut tup = ((0, 0), 0);
    tup.0.1 = 5;
    tup.1 = tup.0.1 * 2;
    let r = &tup;
    let via_ref = r.0.1;
    let spaced = t.0 . 0;
    let closures = (|x: i32| x + 1, |x: i32| x * 2);
    let applied = (closures.0)(3) + (closures.1)(4);
    println!("{a} {b} {c} {d} {name_len} {deep} {arr} {:?} {last} {tup:?} {via_ref} {spaced} {applied}", pairs);
}
