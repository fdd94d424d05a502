// Range slicing and slice indexing go through calls or unknown lengths, so
// rustc's lint leaves them to run time; main stays inside the bounds.
const LEN: usize = 4;

fn window(data: &[i32; LEN], wide: bool) -> i32 {
    let part: &[i32] = if wide { &data[1..LEN] } else { &data[0..2] };
    let mut total = 0;
    for x in part {
        total += *x;
    }
    total
}

fn tail(data: &[i32]) -> i32 {
    if data.len() > 6 {
        return data[6];
    }
    data[data.len() - 1]
}

fn too_far(data: &[i32; LEN], ok: bool) -> i32 {
    if ok {
        return data[0];
    }
    let beyond = &data[2..LEN + 3];
    beyond[0]
}

fn by_ref(data: &[i32; LEN]) -> i32 {
    let r: &[i32] = data;
    if r.len() < 10 {
        return r[3];
    }
    r[9]
}

fn main() {
    let data = [5, -2, 8, 1];
    println!("{}", window(&data, true));
    println!("{}", window(&data, false));
    println!("{}", tail(&data));
    println!("{}", too_far(&data, true));
    println!("{}", by_ref(&data));
}
