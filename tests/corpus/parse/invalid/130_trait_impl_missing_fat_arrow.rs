use std::str::FromStr;

#[derive(Debug, PartialEq)]
enum Method {
    Get,
    Post,
    Delete,
}

impl FromStr for Method {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Ok(Method::Get),
            "POST" Ok(Method::Post),
            "DELETE" => Ok(Method::Delete),
            other => Err(format!("unknown method {other}")),
        }
    }
}

fn main() {
    for s in ["get", "POST", "patch"] {
        println!("{:?}", s.parse::<Method>());
    }
}
