// lints: unused_variables unused_mut unused_assignments unreachable_code
// Lint attributes placed on individual statements and blocks.
fn tally(values: &[u32]) -> u32 {
    #[allow(unused_variables)]
    let count = values.len();
    #[allow(unused_mut)]
    let mut total = 0;
    let mut spare = 0;
    for v in values {
        #[allow(unused_assignments)]
        {
            spare = *v;
        }
        total += v;
    }
    let mut unused_here = 5;
    total
}

fn steps(n: u32) -> u32 {
    #[allow(unused_mut, unused_variables)]
    let mut marker = n;
    let mut writes = 0;
    writes = n;
    writes = n + 1;
    writes
}

fn exit_early(n: u32) -> u32 {
    if n > 0 {
        return n;
    }
    #[allow(unreachable_code)]
    {
        return 0;
        println!("never");
    }
    n
}

#[allow(unused_variables)]
fn outer(flag: bool) -> u32 {
    let hidden = 1;
    #[warn(unused_variables)]
    let shown = 2;
    #[warn(unused_variables)]
    {
        let inner = 3;
    }
    0
}

fn bail(n: u32) -> u32 {
    if n == 0 {
        return 3;
        #[allow(unreachable_code)]
        let x = 1;
    }
    return n;
    n + 1
}

fn main() {
    println!("{}", bail(0));
    println!("{}", tally(&[1, 2]));
    println!("{}", steps(2));
    println!("{}", exit_early(1));
    println!("{}", outer(true));
}
