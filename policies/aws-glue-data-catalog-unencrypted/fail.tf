resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption { # expect: aws-glue-data-catalog-unencrypted "connection passwords"
      aws_kms_key_id = "alias/glue"
    }

    encryption_at_rest {
      catalog_encryption_mode = "DISABLED" # expect: aws-glue-data-catalog-unencrypted "metadata"
    }
  }
}
