// Unary operators stacked on each other and on postfix expressions.
fn main() {
    let x = 5i32;
    let neg = -x;
    let double_neg = - -x;
    let not = !x;
    let not_not = !!true;
    let r = &x;
    let rr = &&x;
    let rrr = & & &x;
    let deref = **rr;
    let deref3 = ***rrr;
    let mut y = 10;
    let m = &mut y;
    let reborrow = &mut *m;
    *reborrow += 1;
    let neg_deref = -*r;
    let not_deref = !*r;
    let neg_method = -x.abs();
    let neg_paren = (-x).abs();
    let neg_pow = -2i32.pow(2);
    let neg_lit_method = (-2i32).pow(2);
    let neg_float = -1.5f64.abs();
    let v = vec![Some(1), None];
    let first = *v.first().unwrap();
    let boxed = Box::new(Box::new(7));
    let inner = **boxed;
    let raw = &raw const x;
    let mut z = 0;
    let raw_mut = &raw mut z;
    let val = unsafe { *raw };
    unsafe {
        *raw_mut = -val;
    }
    let neg_index = -(v.len() as i64);
    let negs = [-1, - 2, -(3)];
    let b = !(x > 3) || !v.is_empty();
    let addr = &x as *const i32;
    println!("{neg} {double_neg} {not} {not_not} {deref} {deref3} {neg_deref} {not_deref}");
    println!("{neg_method} {neg_paren} {neg_pow} {neg_lit_method} {neg_float} {first:?} {inner}");
    println!("{z} {neg_index} {negs:?} {b} {} {}", addr.is_null(), y);
}
