resource "google_apikeys_key" "maps" {
  name         = "maps"
  display_name = "Maps key"
  project      = "acme-prod"

  restrictions {
    api_targets {
      service = "maps-backend.googleapis.com"
    }
    browser_key_restrictions {
      allowed_referrers = ["https://www.example.com/*"]
    }
  }
}

resource "google_apikeys_key" "translate" {
  name    = "translate"
  project = "acme-prod"

  restrictions {
    api_targets {
      service = "translate.googleapis.com"
      methods = ["GET*"]
    }
  }
}
