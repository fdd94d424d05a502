#[derive(Debug)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Arr(Vec<Json>),
}

fn render(v: &Json, out: &mut String) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) => out.push_str(&n.to_string()),
        Json::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                render(item, out);
            }
            out.push(']');
        }
    }
}

fn main() {
    let v = Json::Arr(vec![Json::Null, Json::Bool(true), Json::Num(1.5)]);
    let mut s = String::new();
    render(&v, &mut s);
    println!("{s}");
}
