// Attributes on statements, on expressions where stable Rust allows them (array elements, tuple
// fields, call arguments, struct literal fields), on match arms, and inner attributes in fn bodies.
fn compute(values: &[i32]) -> i32 {
    #![allow(clippy::needless_range_loop)]
    let mut total = 0;
    #[allow(unused_variables)]
    let unused = 5;
    #[cfg(debug_assertions)]
    {
        total += 0;
    }
    #[allow(unused_must_use)]
    values.len();
    for i in 0..values.len() {
        #[allow(clippy::assign_op_pattern)]
        let next = total + values[i];
        total = next;
    }
    #[rustfmt::skip]
    let matrix = [1,2,
                  3,4];
    let closure = |x: i32| x * 2;
    let arr = [#[allow(unused_parens)] (1), 2];
    let tup = (#[allow(unused)] 3, 4);
    let call = compute_inner(#[allow(unused_parens)] (5));
    let s = S { #[allow(unused)] field: 1 };
    let block = { 7 };
    #[allow(unreachable_code)]
    if total < 0 {
        return 0;
    }
    #[cfg(any())]
    this_statement_is_configured_out();
    #[allow(unused_macros)]
    macro_rules! local {
        () => { () };
    }
    #[allow(clippy::let_unit_value)]
    let () = local!();
    total + matrix[0] + closure(1) + arr[0] + tup.0 + call + s.field + block
}

struct S {
    field: i32,
}

fn compute_inner(x: i32) -> i32 {
    #[allow(clippy::vec_init_then_push)]
    let v = {
        let mut v = Vec::new();
        v.push(x);
        v
    };
    v[0]
}

fn main() {
    #![allow(unused_mut)]
    let mut unused_mut = 1;
    let r = compute(&[1, 2, 3]);
    let m = match r {
        #[allow(unused)]
        0 => 0,
        #[cfg(all())]
        n if n > 10 => n,
        _ => -1,
    };
    println!("{r} {m} {unused_mut}");
}
