// returning a status code from main
fn validate(xs: &[i32]) -> bool {
    for &x in xs {
        if x < 0 {
            return false;
        }
    }
    true
}

fn main() {
    let data = [1, 4, -2];
    if !validate(&data) {
        println!("invalid input");
        return 1;
    }
    println!("ok");
}
