// Statistics accumulated into immutable locals and an immutable struct binding.
#[derive(Debug, Clone, Copy)]
struct Range {
    lo: i32,
    hi: i32,
}

fn main() {
    let data = [7, -2, 15, 4];
    let sum = 0;
    let range = Range { lo: data[0], hi: data[0] };
    for v in data {
        sum += v;
        if v < range.lo {
            range = Range { lo: v, hi: range.hi };
        }
    }
    println!("{} {:?}", sum, range);
}
