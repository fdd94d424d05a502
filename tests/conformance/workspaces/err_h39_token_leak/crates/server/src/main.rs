use auth::session;

fn main() {
    let t = auth::login(42, 1000);
    if t.valid_at(2000) {
        println!("user {} is logged in", t.user());
    }
    let t2 = session::refresh(t, 5000);
    println!("still valid: {}", t2.valid_at(6000));
}
